"""The site administrator's pages: accounts and their site permissions (Django's own user
admin, where "Can create missions" is given), missions and invitations to look at."""

from django.contrib import admin

from wafd.web.models import Invitation, Membership, MissionRecord


@admin.register(MissionRecord)
class MissionAdmin(admin.ModelAdmin[MissionRecord]):
    list_display = ("name", "slug", "created_at", "changed_at")
    search_fields = ("name", "slug")
    exclude = ("content",)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin[Membership]):
    list_display = ("user", "mission", "role")
    list_filter = ("role",)
    raw_id_fields = ("user", "mission", "participant")


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin[Invitation]):
    list_display = ("mission", "role", "created_at", "expires_at", "accepted_at")
    exclude = ("digest",)
    raw_id_fields = ("mission", "participant", "created_by", "accepted_by")
