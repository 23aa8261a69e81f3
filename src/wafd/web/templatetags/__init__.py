"""Template tags of the Wafd web app."""
