"""URL map. Paths carry opaque ids (mission number, meeting id), never names or e-mails."""

from django.contrib import admin
from django.contrib.auth.views import LogoutView
from django.urls import URLPattern, URLResolver, include, path

from wafd.web.api import api
from wafd.web.views import (
    account,
    agenda,
    auth,
    downloads,
    imports,
    members,
    missions,
    moves,
    people,
    places,
    portal,
    recommendations,
    requests,
    runs,
    tokens,
    versions,
)

mission_patterns: list[URLPattern | URLResolver] = [
    path("", missions.overview, name="mission"),
    path("participants/", people.participant_list, name="participants"),
    path("participants/<int:row_pk>/edit/", people.participant_edit, name="participant-edit"),
    path("hosts/", people.host_profiles, name="hosts"),
    path("profile/", people.profile, name="profile"),
    path("places/", places.legs_and_venues, name="legs"),
    path("places/remove/", places.remove_place, name="place-remove"),
    path("requests/", requests.request_list, name="requests"),
    path("requests/set/", requests.set_preference, name="request-set"),
    path("requests/<int:request_pk>/respond/", requests.respond, name="request-respond"),
    path("recommendations/", recommendations.recommendation_list, name="recommendations"),
    path("recommendations/accept/", recommendations.accept, name="recommendations-accept"),
    path("schedule/", versions.version_list, name="versions"),
    path("schedule/diff/", versions.version_diff, name="diff"),
    path("schedule/v<int:number>/", versions.version_detail, name="version"),
    path("schedule/v<int:number>/publish/", versions.publish, name="publish"),
    path("schedule/run/", runs.start_run, name="run-start"),
    path("schedule/replan/", runs.replan, name="replan"),
    path("schedule/runs/<int:run_pk>/", runs.run_page, name="run"),
    path("schedule/runs/<int:run_pk>/progress.json", runs.run_progress, name="run-progress"),
    path("schedule/runs/<int:run_pk>/cancel/", runs.cancel_run, name="run-cancel"),
    path("meetings/<str:mid>/move/", moves.move_meeting, name="move"),
    path("meetings/<str:mid>/lock/", versions.set_lock, name="lock"),
    path("agenda/", agenda.agenda, name="agenda"),
    path("calendar/", portal.calendar_page, name="calendar"),
    path("calendar/agenda.ics", portal.calendar_download, name="calendar-download"),
    path("calendar/create/", portal.calendar_token_create, name="calendar-create"),
    path("calendar/revoke/", portal.calendar_token_revoke, name="calendar-revoke"),
    path("downloads/", downloads.download_page, name="downloads"),
    path("downloads/workbook.xlsx", downloads.download_workbook, name="download-workbook"),
    path(
        "downloads/v<int:number>/<str:kind>.zip",
        downloads.download_documents,
        name="download-documents",
    ),
    path("audit/", missions.audit_log, name="audit"),
    path("members/", members.member_list, name="members"),
    path("members/<int:member_pk>/role/", members.member_role, name="member-role"),
    path("members/<int:member_pk>/remove/", members.member_remove, name="member-remove"),
    path(
        "members/invitations/<int:invitation_pk>/withdraw/",
        members.invitation_withdraw,
        name="invitation-withdraw",
    ),
    path("leave/", members.leave, name="leave"),
]

wafd_patterns: list[URLPattern | URLResolver] = [
    path("", missions.home, name="home"),
    path("login/", auth.RateLimitedLoginView.as_view(), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
    path("missions/new/", missions.create_mission, name="mission-create"),
    path("missions/import/", imports.import_mission, name="mission-import"),
    path("missions/import/<int:job_pk>/", imports.import_job, name="import-job"),
    path("m/<int:mission_pk>/", include(mission_patterns)),
    path("account/api-keys/", tokens.token_page, name="api-tokens"),
    path("account/api-keys/create/", tokens.token_create, name="api-token-create"),
    path("account/api-keys/delete/", tokens.token_delete, name="api-token-delete"),
    path("account/password/", account.PasswordChange.as_view(), name="password-change"),
    path("invite/<str:secret>/", account.invitation, name="invitation"),
    path("cal/<str:token>.ics", portal.calendar_feed, name="calendar-feed"),
]

urlpatterns = [
    path("", include((wafd_patterns, "wafd"))),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]
