package io.roster.mendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the {@link MendixPlatform} promises its processes, as scenarios that run against any platform serving the
 * Mendix APIs: the WireMock stubs of {@link HttpMendixPlatformTests} today, the sandbox platform (a
 * {@code @SpringBootTest} in profile {@code sandbox}) as well. A scenario takes the identifiers of its fixture,
 * because each platform has its own data; setting the fixture up (stubs, sandbox seed) is the caller's part. Each
 * scenario calls the platform as a process would, twice where the promise is "safe to repeat".
 */
public final class MendixPlatformScenarios {

    private final MendixPlatform platform;

    public MendixPlatformScenarios(MendixPlatform platform) {
        this.platform = platform;
    }

    /** An address with an account in the company resolves to its UUID (in any case), one without to nothing. */
    public void findsAccountsByEmail(String email, String userId, String emailWithoutAccount) {
        assertThat(platform.findAccount(email.toUpperCase(Locale.ROOT)))
            .contains(new MendixAccount(email, userId));
        assertThat(platform.findAccount(emailWithoutAccount)).isEmpty();
        assertThat(platform.findAccounts(List.of(email, emailWithoutAccount))).isEqualTo(Map.of(email, userId));
    }

    /** Deactivating is safe to repeat: the second time the account is deactivated already. */
    public void deactivatesTwiceWithoutFailing(String userId) {
        platform.deactivate(userId);
        platform.deactivate(userId);
    }

    /** A user's apps come from every page, and the app where they are Technical Contact says so. */
    public void listsEveryAppOfAUser(String userId, int apps, String appWhereTechnicalContact) {
        List<AppMembership> memberships = platform.appsOf(userId);

        assertThat(memberships).hasSize(apps);
        assertThat(memberships).filteredOn(membership -> membership.role().technicalContact())
            .extracting(AppMembership::appId)
            .contains(appWhereTechnicalContact);
    }

    /** Adding a member twice adds (or invites) once; the second time nothing is sent. */
    public void addsATeamMemberOnce(String appId, String userId, String roleId) {
        assertThat(platform.addTeamMember(appId, userId, roleId)).isIn(TeamChange.ADDED, TeamChange.INVITED);
        assertThat(platform.addTeamMember(appId, userId, roleId)).isEqualTo(TeamChange.ALREADY_MEMBER);
    }

    /** Removing a member twice succeeds: the second time they are not in the team any more. */
    public void removesATeamMemberTwiceWithoutFailing(String appId, String userId) {
        platform.removeTeamMember(appId, userId);
        platform.removeTeamMember(appId, userId);
    }

    /** The last Scrum Master is not removed; the refusal carries the platform's reason for a person to read. */
    public void refusesToRemoveTheLastScrumMaster(String appId, String userId) {
        assertThatThrownBy(() -> platform.removeTeamMember(appId, userId))
            .isInstanceOfSatisfying(MendixRefusedException.class, refused -> {
                assertThat(refused.api()).isEqualTo(MendixApi.PROJECTS);
                assertThat(refused.reason()).isNotBlank();
            });
    }

    /** Deleting an app twice succeeds: the second time it is gone already. */
    public void deletesAnAppTwiceWithoutFailing(String appId) {
        platform.deleteApp(appId);
        platform.deleteApp(appId);
    }

    /** A licensed app (or one outside the public Mendix cloud) is not deleted. */
    public void refusesToDeleteALicensedApp(String appId) {
        assertThatThrownBy(() -> platform.deleteApp(appId)).isInstanceOf(MendixRefusedException.class);
    }

    /** The Technical Contact changes once however often it is asked, and Mendix Cloud then shows the successor. */
    public void changesTheTechnicalContactOnce(String appId, String successorEmail) {
        platform.changeTechnicalContact(appId, successorEmail);
        platform.changeTechnicalContact(appId, successorEmail);

        assertThat(platform.cloudApp(appId).technicalContactEmail()).isEqualToIgnoringCase(successorEmail);
    }

    /** A successor who is not in the team is refused, with the platform's reason. */
    public void refusesATechnicalContactOutsideTheTeam(String appId, String outsiderEmail) {
        assertThatThrownBy(() -> platform.changeTechnicalContact(appId, outsiderEmail))
            .isInstanceOfSatisfying(MendixRefusedException.class,
                    refused -> assertThat(refused.reason()).contains("not member"));
    }

    /** Asking twice for a snapshot with the same label takes one snapshot. */
    public void takesOneSnapshotPerLabel(String appId, String environmentId, String label) {
        Snapshot first = platform.createSnapshot(appId, environmentId, label);
        Snapshot second = platform.createSnapshot(appId, environmentId, label);

        assertThat(second.snapshotId()).isEqualTo(first.snapshotId());
        assertThat(first.label()).isEqualTo(label);
        assertThat(platform.snapshot(appId, environmentId, first.snapshotId()).snapshotId())
            .isEqualTo(first.snapshotId());
    }

    /** Audit events stop at the number asked for, however many there are. */
    public void readsAuditEventsUpToTheMaximum(int maxEvents) {
        assertThat(platform.auditEvents(new AuditQuery(null, null, null, null, null, maxEvents))).hasSize(maxEvents);
    }

}
