package io.roster.sandbox;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the platform holds right now, for assertions and for people: {@code /sandbox/admin/state/...}. */
@RestController
@RequestMapping(SandboxApi.Paths.ADMIN + "/state")
@Profile("sandbox")
class SandboxStateApi {

    private final PlatformStore store;

    SandboxStateApi(PlatformStore store) {
        this.store = store;
    }

    @GetMapping("/members")
    List<StateViews.MemberView> members() {
        return store.read(state -> state.members()
            .values()
            .stream()
            .sorted(Comparator.comparing(Member::email))
            .map(member -> StateViews.member(state, member))
            .toList());
    }

    /** One member, by e-mail or UUID. */
    @GetMapping("/members/{id}")
    StateViews.MemberView member(@PathVariable String id) {
        return store.read(state -> StateViews.member(state, state.member(id)
            .or(() -> state.memberByEmail(id))
            .orElseThrow(() -> PlatformError.notFound("No member " + id))));
    }

    @GetMapping("/apps")
    List<StateViews.AppView> apps() {
        return store.read(state -> state.apps()
            .values()
            .stream()
            .sorted(Comparator.comparing(App::name))
            .map(app -> StateViews.app(state, app))
            .toList());
    }

    @GetMapping("/apps/{appId}")
    StateViews.AppView app(@PathVariable String appId) {
        return store.read(state -> StateViews.app(state,
                state.app(appId).orElseThrow(() -> PlatformError.notFound("No app " + appId + " (deleted?)"))));
    }

}
