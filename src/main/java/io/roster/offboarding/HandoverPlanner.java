package io.roster.offboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.roster.identity.IdentityLink;
import io.roster.identity.IdentityMap;
import io.roster.notify.Mailer;
import org.springframework.stereotype.Component;

/**
 * Turns an inventory into a round of the hand-over plan: a proposal per app not settled yet, the list the manager
 * reviews, and a fingerprint of what the proposals rest on, so that a changed inventory is noticed before the
 * approved plan is executed.
 */
@Component
class HandoverPlanner {

    /** One app as the review form's table shows it. */
    record PlanItem(String appId, String appName, String facts, String proposal, String proposalLabel,
            String reason) {
    }

    /** A choice of successor in the review form. */
    record Option(String label, String value) {
    }

    record Round(int version, String fingerprint, List<PlanItem> items, List<Option> successorOptions) {

        /** The apps as choices of the review form's lists. */
        List<Option> appOptions() {
            return items.stream().map(item -> new Option(item.appName(), item.appId())).toList();
        }

        /** The ids of the apps proposed for a disposition: what its list starts with. */
        List<String> proposed(Disposition disposition) {
            return items.stream()
                .filter(item -> item.proposal().equals(disposition.name()))
                .map(PlanItem::appId)
                .toList();
        }

    }

    private final OffboardingPlans plans;

    private final OffboardingCases cases;

    private final DispositionPolicy policy;

    private final IdentityMap identities;

    private final Mailer mailer;

    HandoverPlanner(OffboardingPlans plans, OffboardingCases cases, DispositionPolicy policy, IdentityMap identities,
            Mailer mailer) {
        this.plans = plans;
        this.cases = cases;
        this.policy = policy;
        this.identities = identities;
        this.mailer = mailer;
    }

    Round plan(String caseId, AppInventory.Inventory inventory) {
        Offboarding offboarding = cases.find(caseId).orElseThrow();
        Map<String, PlannedApp> known = plans.of(caseId)
            .stream()
            .collect(Collectors.toMap(PlannedApp::appId, Function.identity()));
        int version = plans.currentVersion(caseId) + 1;
        List<AppFacts> open = openApps(inventory.apps(), known);
        List<PlanItem> items = new ArrayList<>();
        for (AppFacts facts : open) {
            DispositionPolicy.Proposal proposal = policy.propose(facts);
            plans.propose(caseId, facts, proposal.disposition(), proposal.reason(), version);
            items.add(new PlanItem(facts.appId(), facts.appName(), facts.summary(), proposal.disposition().name(),
                    proposal.disposition().label(), proposal.reason()));
        }
        settleAppsNoLongerFound(caseId, inventory.apps(), known);
        return new Round(version, fingerprint(open), items, successorOptions(offboarding, inventory));
    }

    /** The fingerprint of the apps that still need deciding, to compare with the one the manager reviewed. */
    String fingerprintOf(String caseId, AppInventory.Inventory inventory) {
        Map<String, PlannedApp> known = plans.of(caseId)
            .stream()
            .collect(Collectors.toMap(PlannedApp::appId, Function.identity()));
        return fingerprint(openApps(inventory.apps(), known));
    }

    /** Apps neither settled nor being carried out: the ones to (re)decide. */
    private static List<AppFacts> openApps(List<AppFacts> apps, Map<String, PlannedApp> known) {
        return apps.stream().filter(facts -> {
            PlannedApp planned = known.get(facts.appId());
            return planned == null || planned.status() == AppStatus.PROPOSED;
        }).sorted(Comparator.comparing(AppFacts::appId)).toList();
    }

    /** A proposed app the leaver is no longer in was changed outside Roster: nothing left to do. */
    private void settleAppsNoLongerFound(String caseId, List<AppFacts> apps, Map<String, PlannedApp> known) {
        Set<String> found = apps.stream().map(AppFacts::appId).collect(Collectors.toSet());
        known.values()
            .stream()
            .filter(planned -> planned.status() == AppStatus.PROPOSED && !found.contains(planned.appId()))
            .forEach(planned -> plans.status(caseId, planned.appId(), AppStatus.DONE,
                    "The leaver is no longer a member of this app (changed outside Roster)."));
    }

    private List<Option> successorOptions(Offboarding offboarding, AppInventory.Inventory inventory) {
        Map<String, Option> options = new LinkedHashMap<>();
        add(options, offboarding.defaultSuccessor(), "default successor from HR");
        add(options, mailer.addressOf(offboarding.manager()), "manager");
        inventory.teamMates().forEach((userId, name) -> identities.byUserId(userId)
            .map(IdentityLink::email)
            .ifPresent(email -> add(options, email, name)));
        return List.copyOf(options.values());
    }

    private static void add(Map<String, Option> options, String email, String who) {
        if (email != null && !email.isBlank()) {
            options.putIfAbsent(email.toLowerCase(), new Option(email + " (" + who + ")", email.toLowerCase()));
        }
    }

    static String fingerprint(List<AppFacts> apps) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            apps.stream()
                .sorted(Comparator.comparing(AppFacts::appId))
                .forEach(facts -> digest.update(facts.toString().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }

}
