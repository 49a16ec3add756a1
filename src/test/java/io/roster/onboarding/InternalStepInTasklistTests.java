package io.roster.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;

import io.roster.Browser;
import io.roster.TestJobs;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A manager ticks off an internal onboarding step in a real browser: log in to Tasklist as mark, open the step, claim
 * it, tick it done with a note, complete it. A screenshot of the form lands in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Camunda's web apps keep JVM-wide state that the context started (or closed) last sets; a browser check gets a
// context of its own, started fresh, rather than one cached from an earlier test class
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class InternalStepInTasklistTests {

    @LocalServerPort
    int port;

    @MockitoBean
    MendixPlatform platform;

    @Autowired
    OnboardingService onboardings;

    @Autowired
    OnboardingCases cases;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Test
    void theManagerCompletesTheCertificationPlanStepInTasklist() {
        String nora = "nora.vos@brightwater.example";
        when(platform.findAccount(nora)).thenReturn(Optional.of(new MendixAccount(nora, "0b000000-0000-4000-8000-1")));
        String caseId = onboardings.start(new StartOnboarding(nora, "Nora", "Vos", "Mendix Developer", "Claims",
                "Netherlands", "Rotterdam", "mark", LocalDate.now().plusDays(7), null, null), "helen").id();
        runJobs();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateUser("mark").count())
            .isEqualTo(2);

        try (Browser browser = Browser.open()) {
            try {
                completeAsMark(browser);
            }
            catch (RuntimeException | AssertionError failed) {
                browser.screenshot("tasklist-internal-step-failed");
                throw failed;
            }
        }

        assertThat(cases.plan(caseId)).filteredOn(item -> "Certification plan".equals(item.step()))
            .extracting(PlanItem::status, PlanItem::note)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("DONE", "by mark: Rapid and Intermediate by March"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateUser("mark").count())
            .isEqualTo(1);
    }

    private void completeAsMark(Browser browser) {
        browser.openTasklistAs(port, "mark");
        browser.clickVisible(By.xpath("//*[contains(text(),'Certification plan')]"));
        browser.visible(By.xpath("//*[contains(text(),'Certification plan for Nora Vos')]"));

        browser.clickable(By.cssSelector("button.claim")).click();
        browser.waitUntilGone(By.cssSelector(".disabled-form"));
        browser.clickable(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(.,'Done')]]"
                + "//input[@type='checkbox']")).click();
        browser.type(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(.,'Note')]]//textarea"),
                "Rapid and Intermediate by March");
        browser.screenshot("tasklist-internal-step");
        browser.clickable(By.xpath("//button[normalize-space()='Complete']")).click();
        browser.waitUntilGone(By.xpath("//*[contains(text(),'Certification plan for Nora Vos')]"));
    }

    private void runJobs() {
        TestJobs.runDue(management);
    }

}
