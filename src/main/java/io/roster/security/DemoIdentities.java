package io.roster.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of the default run, one or two per role, all with the password {@value #PASSWORD}. Listed in the
 * README. Never active in profile {@code prod}.
 */
@Component
@Profile("demo")
@Order(2)
class DemoIdentities implements ApplicationRunner {

    static final String PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, String group) {

        String email() {
            return firstName.toLowerCase() + "." + lastName.toLowerCase() + "@brightwater.example";
        }

    }

    static final List<DemoUser> USERS = List.of(new DemoUser("helen", "Helen", "Hughes", Roles.HR),
            new DemoUser("mark", "Mark", "Meyer", Roles.MANAGERS),
            new DemoUser("mona", "Mona", "Moreau", Roles.MANAGERS),
            new DemoUser("paula", "Paula", "Perez", Roles.PLATFORM_ADMINS),
            new DemoUser("pete", "Pete", "Price", Roles.PLATFORM_ADMINS),
            new DemoUser("audrey", "Audrey", "Adams", Roles.AUDITORS));

    private final IdentityService identityService;

    DemoIdentities(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        USERS.forEach(this::ensure);
    }

    private void ensure(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.email());
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
            identityService.createMembership(demo.id(), demo.group());
        }
    }

}
