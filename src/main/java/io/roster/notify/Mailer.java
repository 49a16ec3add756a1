package io.roster.notify;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail over SMTP ({@code spring.mail.*}) and finds the addresses of Roster users and groups in the identity
 * service. A failure to send is an exception: the sending step retries like any other.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;

    private final IdentityService identityService;

    private final String from;

    Mailer(JavaMailSender sender, IdentityService identityService,
            @Value("${roster.mail.from:roster@localhost}") String from) {
        this.sender = sender;
        this.identityService = identityService;
        this.from = from;
    }

    public void send(Mail mail) {
        if (mail.to().isEmpty()) {
            log.warn("Not sending \"{}\": no recipient has an e-mail address", mail.subject());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to().toArray(String[]::new));
        message.setSubject(mail.subject());
        message.setText(mail.text());
        sender.send(message);
        log.info("Sent \"{}\" to {} recipient(s)", mail.subject(), mail.to().size());
    }

    /** The address of a user given by id or already as an address; null when unknown. */
    public String addressOf(String userIdOrEmail) {
        if (userIdOrEmail == null || userIdOrEmail.isBlank()) {
            return null;
        }
        if (userIdOrEmail.contains("@")) {
            return userIdOrEmail;
        }
        User user = identityService.createUserQuery().userId(userIdOrEmail).singleResult();
        return user == null ? null : user.getEmail();
    }

    /** The addresses of the members of a group. */
    public List<String> addressesOfGroup(String groupId) {
        List<String> addresses = new ArrayList<>();
        for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                addresses.add(user.getEmail());
            }
        }
        return addresses;
    }

}
