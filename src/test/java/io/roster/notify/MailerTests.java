package io.roster.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail goes over SMTP, to a real (in-process) SMTP server. */
class MailerTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void sendsPlainTextOverSmtp() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        Mailer mailer = new Mailer(sender, mock(IdentityService.class), "roster@brightwater.example");

        mailer.send(new Mail(List.of("mark.meyer@brightwater.example", "", "hr@brightwater.example"),
                "Offboarding of Olivia Brown: plan to review", "Please review the plan in Tasklist."));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Offboarding of Olivia Brown: plan to review");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("roster@brightwater.example");
        assertThat(((String) received[0].getContent()).trim()).isEqualTo("Please review the plan in Tasklist.");
    }

}
