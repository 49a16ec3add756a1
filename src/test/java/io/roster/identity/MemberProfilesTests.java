package io.roster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.roster.mendix.AppMembership;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The member profile puts the platform, the identity map and the Control Center export together. */
class MemberProfilesTests {

    static final String LIAM = "liam.novak@brightwater.example";

    static final String LIAM_ID = "0a000000-0000-4000-8000-000000000002";

    final MendixPlatform platform = mock(MendixPlatform.class);

    final IdentityMap identities = mock(IdentityMap.class);

    final MemberProperties export = mock(MemberProperties.class);

    @BeforeEach
    void liam() {
        when(platform.findAccount(LIAM)).thenReturn(Optional.of(new MendixAccount(LIAM, LIAM_ID)));
        when(platform.appsOf(LIAM_ID)).thenReturn(List.of(
                new AppMembership("app-claims", "Claims Portal", true, "acc", "https://cloud",
                        new AppMembership.MemberRole("Scrum Master", true, true, true)),
                new AppMembership("app-policy", "Policy Engine", true, "acc", "https://cloud",
                        new AppMembership.MemberRole("Developer", false, false, true))));
        when(identities.byEmail(LIAM)).thenReturn(Optional.of(new IdentityLink(LIAM, LIAM_ID,
                "https://mxid2.mendixcloud.com/mxid2/id?id=liam", "cn=liam", Instant.EPOCH, Instant.EPOCH)));
    }

    @Test
    void withAnExport_theProfileHasStatusCertificationAndSignUpDate() {
        when(export.byEmail(LIAM)).thenReturn(Optional.of(new ControlCenterMember(LIAM, "Liam Novak", "Active",
                "Advanced", LocalDate.of(2021, 3, 1), 2, false, "Developer", "NL", "Utrecht", LIAM_ID,
                Instant.parse("2026-11-20T10:00:00Z"), "Brightwater", Instant.parse("2026-11-26T08:00:00Z"))));

        MemberProfile profile = profiles(export).of(" Liam.Novak@Brightwater.example ").orElseThrow();

        assertThat(profile.userId()).isEqualTo(LIAM_ID);
        assertThat(profile.openId()).isEqualTo("https://mxid2.mendixcloud.com/mxid2/id?id=liam");
        assertThat(profile.status()).isEqualTo("Active");
        assertThat(profile.certification()).isEqualTo("Advanced");
        assertThat(profile.signupDate()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(profile.numberOfApps()).isEqualTo(2);
        assertThat(profile.apps()).extracting(MemberProfile.AppRole::name, MemberProfile.AppRole::role,
                MemberProfile.AppRole::technicalContact)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Claims Portal", "Scrum Master", true),
                    org.assertj.core.groups.Tuple.tuple("Policy Engine", "Developer", false));
        assertThat(profile.controlCenterExport().found()).isTrue();
        assertThat(profile.controlCenterExport().importedAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
    }

    @Test
    void withoutAnExport_theProfileSaysSoInsteadOfLeavingBlanks() {
        MemberProfile profile = profiles(null).of(LIAM).orElseThrow();

        assertThat(profile.apps()).hasSize(2);
        assertThat(profile.status()).isNull();
        assertThat(profile.controlCenterExport().found()).isFalse();
        assertThat(profile.controlCenterExport().note()).isEqualTo(MemberProfiles.NO_EXPORT);
    }

    @Test
    void aMemberMissingFromTheImportedExport_isSaidToBeMissing() {
        when(export.anyImported()).thenReturn(true);

        MemberProfile profile = profiles(export).of(LIAM).orElseThrow();

        assertThat(profile.controlCenterExport().found()).isFalse();
        assertThat(profile.controlCenterExport().note()).isEqualTo(MemberProfiles.NOT_IN_EXPORT);
    }

    @Test
    void anOpenIdNotInTheIdentityMapComesFromTheLegacyApiWhenConfigured() {
        when(identities.byEmail(LIAM)).thenReturn(Optional.empty());
        when(platform.legacyUserManagementAvailable()).thenReturn(true);
        when(platform.openIdOf(LIAM)).thenReturn(Optional.of("https://mxid2.mendixcloud.com/mxid2/id?id=l2"));

        assertThat(profiles(export).of(LIAM).orElseThrow().openId()).endsWith("id=l2");
    }

    @Test
    void nobodyKnowsTheAddress_noProfile() {
        when(platform.findAccount("nobody@brightwater.example")).thenReturn(Optional.empty());

        assertThat(profiles(export).of("nobody@brightwater.example")).isEmpty();
        verify(platform, never()).appsOf(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void aDeactivatedMemberTheExportKnows_hasAProfileFromTheExport() {
        when(platform.findAccount("old@brightwater.example")).thenReturn(Optional.empty());
        when(export.byEmail("old@brightwater.example")).thenReturn(Optional.of(new ControlCenterMember(
                "old@brightwater.example", "Old Timer", "Deactivated", null, null, 0, false, null, null, null, null,
                null, null, Instant.EPOCH)));

        MemberProfile profile = profiles(export).of("old@brightwater.example").orElseThrow();
        assertThat(profile.accountInCompany()).isFalse();
        assertThat(profile.status()).isEqualTo("Deactivated");
    }

    private MemberProfiles profiles(MemberProperties properties) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (properties != null) {
            beans.addBean("memberProperties", properties);
        }
        return new MemberProfiles(platform, identities, beans.getBeanProvider(MemberProperties.class));
    }

}
