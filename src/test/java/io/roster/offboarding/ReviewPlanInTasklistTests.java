package io.roster.offboarding;

import static io.roster.offboarding.OffboardingFixtures.LIAM;
import static io.roster.offboarding.OffboardingFixtures.OLIVIA;
import static io.roster.offboarding.OffboardingFixtures.claimsPortal;
import static io.roster.offboarding.OffboardingFixtures.givenOlivia;
import static io.roster.offboarding.OffboardingFixtures.policyEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.roster.Browser;
import io.roster.TestJobs;
import io.roster.identity.IdentityMap;
import io.roster.mendix.MendixPlatform;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The manager's review in a real browser: log in to Tasklist as mark, open the review, see the apps in the form, pick
 * a successor, complete it. A screenshot of the form lands in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Camunda's web apps keep JVM-wide state that the context started (or closed) last sets; a browser check gets a
// context of its own, started fresh, rather than one cached from an earlier test class
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ReviewPlanInTasklistTests {

    @LocalServerPort
    int port;

    @MockitoBean
    MendixPlatform platform;

    @Autowired
    OffboardingService offboardings;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    OffboardingPlans plans;

    @Autowired
    IdentityMap identities;

    @Test
    void theManagerReviewsThePlanInTasklist() {
        givenOlivia(platform, claimsPortal(), policyEngine());
        identities.linkUserId(LIAM, OffboardingFixtures.LIAM_ID); // Roster has seen Liam before
        org.mockito.Mockito.when(platform.addTeamMember(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
            .thenReturn(io.roster.mendix.TeamChange.ALREADY_MEMBER);
        String caseId = offboardings.start(new StartOffboarding(OLIVIA,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(10), false, "mark", null, LeavingReason.RESIGNATION, null),
                "helen", null).offboarding().id();
        runJobs();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateUser("mark").count())
            .isEqualTo(1);

        try (Browser browser = Browser.open()) {
            try {
                reviewAsMark(browser);
            }
            catch (RuntimeException | AssertionError failed) {
                browser.screenshot("tasklist-review-plan-failed");
                throw failed;
            }
        }

        runJobs();
        assertThat(plans.of(caseId)).allMatch(app -> app.status() != AppStatus.PROPOSED);
        assertThat(plans.find(caseId, "app-claims").orElseThrow().successorEmail()).isEqualTo(LIAM);
        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult()
            .getId(), OffboardingProcess.Var.PLAN_REVIEWED_BY)).isEqualTo("mark");
    }

    private void reviewAsMark(Browser browser) {
        browser.openTasklistAs(port, "mark");
        browser.clickVisible(By.xpath("//*[contains(text(),'Review the hand-over plan')]"));
        browser.visible(By.xpath("//*[contains(text(),'Hand-over plan for')]"));

        String table = browser.visible(By.cssSelector(".fjs-form-field-table")).getText();
        assertThat(table).contains("Claims Portal", "Policy Engine", "Hand over: a successor becomes Technical Contact");

        // the form stays read-only until the task is claimed, as in any Tasklist
        browser.clickable(By.cssSelector("button.claim")).click();
        browser.waitUntilGone(By.cssSelector(".disabled-form"));
        chooseDefaultSuccessor(browser);
        browser.type(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[text()='Comment']]//textarea"),
                "Liam takes over.");
        browser.screenshot("tasklist-review-plan");
        browser.clickable(By.xpath("//button[normalize-space()='Complete']")).click();
        browser.waitUntilGone(By.xpath("//*[contains(text(),'Hand-over plan for')]"));
    }

    /** form-js draws its own dropdown: open the field, then click the option. */
    private static void chooseDefaultSuccessor(Browser browser) {
        WebElement field = browser.clickable(By.xpath(
                "//div[contains(@class,'fjs-form-field')][.//label[text()='Successor']]//input"));
        field.click();
        browser.clickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(text(),'" + LIAM + "')]"))
            .click();
    }

    private void runJobs() {
        TestJobs.runDue(management);
    }

}
