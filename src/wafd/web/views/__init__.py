"""Page views, one module per question (auth, missions, requests, schedule, portal, …)."""
