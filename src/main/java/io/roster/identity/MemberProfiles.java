package io.roster.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.roster.mendix.AppMembership;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Builds a member's profile from the platform (account, apps with roles), the identity map (OpenID, directory id)
 * and the latest Control Center export (status, certification, sign-up date), which no Mendix API returns.
 */
@Service
class MemberProfiles {

    static final String NO_EXPORT = "No Control Center members export has been imported, so status, certification "
            + "and sign-up date are unknown.";

    static final String NOT_IN_EXPORT = "The member is not in the latest imported Control Center members export "
            + "(or none was imported yet).";

    private final MendixPlatform platform;

    private final IdentityMap identities;

    private final ObjectProvider<MemberProperties> exports;

    MemberProfiles(MendixPlatform platform, IdentityMap identities, ObjectProvider<MemberProperties> exports) {
        this.platform = platform;
        this.identities = identities;
        this.exports = exports;
    }

    /** The profile, or empty when neither the platform nor the export knows the address. */
    Optional<MemberProfile> of(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        Optional<MendixAccount> account = platform.findAccount(address);
        MemberProperties export = exports.getIfAvailable();
        Optional<ControlCenterMember> row = export == null ? Optional.empty() : export.byEmail(address);
        if (account.isEmpty() && row.isEmpty()) {
            return Optional.empty();
        }
        Optional<IdentityLink> link = identities.byEmail(address);
        String openId = link.map(IdentityLink::openId).orElse(null);
        if (openId == null && account.isPresent() && platform.legacyUserManagementAvailable()) {
            openId = platform.openIdOf(address).orElse(null);
        }
        List<MemberProfile.AppRole> apps = account
            .map(found -> platform.appsOf(found.userId()).stream().map(MemberProfiles::appRole).toList())
            .orElse(List.of());
        ControlCenterMember member = row.orElse(null);
        MemberProfile.Export exported = member == null
                ? new MemberProfile.Export(false, null, null, null, null, null, null, null,
                        export == null || !export.anyImported() ? NO_EXPORT : NOT_IN_EXPORT)
                : new MemberProfile.Export(true, member.importedAt(), member.name(), member.numberOfApps(),
                        member.jobTitle(), member.country(), member.location(), member.lastActivity(), null);
        return Optional.of(new MemberProfile(address, account.map(MendixAccount::userId).orElse(null), openId,
                link.map(IdentityLink::directoryId).orElse(null), account.isPresent(),
                member == null ? null : member.status(), member == null ? null : member.certification(),
                member == null ? null : member.signupDate(), apps.size(), apps, exported));
    }

    private static MemberProfile.AppRole appRole(AppMembership membership) {
        AppMembership.MemberRole role = membership.role();
        return new MemberProfile.AppRole(membership.appId(), membership.name(), role == null ? null : role.name(),
                role != null && role.administrator(), role != null && role.technicalContact(), membership.active());
    }

}
