package io.roster.sandbox;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's own admin API (HTTP Basic, {@link AdminGate}): the journal of calls, fault injection, reset, and
 * what people do outside the APIs (sign up, create an app, accept an invitation), plus a switch that makes an app's snapshots fail.
 * The state views are in {@link SandboxStateApi}.
 */
@RestController
@RequestMapping(SandboxApi.Paths.ADMIN)
@Profile("sandbox")
class SandboxAdminApi {

    record JournalPage(List<JournalEntry> entries, long lastSequence) {
    }

    record ResetDone(long journalSequence) {
    }

    record Signup(String email, String name) {
    }

    private final Journal journal;

    private final Faults faults;

    private final PlatformStore store;

    private final Accounts accounts;

    private final Teams teams;

    private final Apps apps;

    private final NewApps newApps;

    private final ObjectMapper json;

    SandboxAdminApi(Journal journal, Faults faults, PlatformStore store, Accounts accounts, Teams teams, Apps apps,
            NewApps newApps, ObjectMapper json) {
        this.journal = journal;
        this.faults = faults;
        this.store = store;
        this.accounts = accounts;
        this.teams = teams;
        this.apps = apps;
        this.newApps = newApps;
        this.json = json;
    }

    /** The calls after sequence number {@code since}, oldest first. */
    @GetMapping("/journal")
    JournalPage journal(@RequestParam(defaultValue = "0") long since) {
        // one lock for both, so that lastSequence is the last entry of this page's moment
        synchronized (journal) {
            return new JournalPage(journal.since(since), journal.lastSequence());
        }
    }

    /** Back to the fixture: state, audit log and faults. The journal goes on, so sequence numbers stay valid. */
    @PostMapping("/reset")
    ResetDone reset() {
        faults.clearAll();
        store.reset();
        return new ResetDone(journal.lastSequence());
    }

    @GetMapping("/faults")
    Map<String, Faults.View> faults() {
        return faults.view();
    }

    /** The same faults for every API. */
    @PutMapping("/faults")
    Map<String, Faults.View> setFaults(@RequestBody JsonNode body) {
        FaultSettings settings = settings(body);
        for (SandboxApi api : SandboxApi.values()) {
            faults.set(api, settings);
        }
        return faults.view();
    }

    @PutMapping("/faults/{api}")
    Map<String, Faults.View> setFaults(@PathVariable String api, @RequestBody JsonNode body) {
        SandboxApi target = api(api);
        faults.set(target, settings(body));
        return faults.view();
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> clearFaults() {
        faults.clearAll();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/faults/{api}")
    ResponseEntity<Void> clearFaults(@PathVariable String api) {
        faults.clear(api(api));
        return ResponseEntity.noContent().build();
    }

    /** Someone signs up: their account appears (in the company owning the e-mail's domain). */
    @PostMapping("/signups")
    ResponseEntity<StateViews.MemberView> signup(@RequestBody Signup signup) {
        Member member = accounts.signup(signup.email() == null ? "" : signup.email(), signup.name());
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(store.read(state -> StateViews.member(state, member)));
    }

    /** Someone creates an app in the Portal: it appears with its team and one running environment. */
    @PostMapping("/apps")
    ResponseEntity<StateViews.AppView> createApp(@RequestBody NewApps.NewApp app) {
        App created = newApps.create(app);
        return ResponseEntity.status(HttpStatus.CREATED).body(store.read(state -> StateViews.app(state, created)));
    }

    /** The invitee accepts and joins the team. */
    @PostMapping("/apps/{appId}/invitations/{userId}/accept")
    ResponseEntity<Void> acceptInvitation(@PathVariable String appId, @PathVariable String userId) {
        teams.acceptInvitation(appId, userId);
        return ResponseEntity.noContent().build();
    }

    /** From now on, snapshots of this app's environments fail. */
    @PutMapping("/apps/{appId}/failing-snapshots")
    ResponseEntity<Void> failSnapshots(@PathVariable String appId) {
        apps.failSnapshots(appId, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/apps/{appId}/failing-snapshots")
    ResponseEntity<Void> succeedSnapshots(@PathVariable String appId) {
        apps.failSnapshots(appId, false);
        return ResponseEntity.noContent().build();
    }

    private static SandboxApi api(String key) {
        return SandboxApi.byKey(key)
            .orElseThrow(() -> PlatformError.notFound("No API " + key + "; the APIs are "
                    + Arrays.stream(SandboxApi.values()).map(SandboxApi::key).toList()));
    }

    /** Settings with a misspelt field would silently inject nothing, so unknown fields are refused. */
    private FaultSettings settings(JsonNode body) {
        List<String> known = Arrays.stream(FaultSettings.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
        body.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw PlatformError.invalid("Unknown fault setting " + field + "; the settings are " + known);
            }
        });
        FaultSettings settings;
        try {
            settings = json.treeToValue(body, FaultSettings.class);
        }
        catch (JsonProcessingException exception) {
            throw PlatformError.invalid("Fault settings not understood: " + exception.getOriginalMessage());
        }
        String problem = settings.problem();
        if (problem != null) {
            throw PlatformError.invalid(problem);
        }
        return settings;
    }

}
