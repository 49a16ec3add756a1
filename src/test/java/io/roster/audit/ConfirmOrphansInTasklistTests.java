package io.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.roster.Browser;
import io.roster.TestJobs;
import io.roster.directory.CorporateDirectory;
import io.roster.directory.DirectoryPerson;
import io.roster.offboarding.TerminationStarter;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The confirmation in a real browser, with the brake tripped: paula logs in to Tasklist, sees the warning and the
 * orphan, ticks the orphan and the override, completes. A screenshot of the form lands in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Camunda's web apps keep JVM-wide state that the context started (or closed) last sets; a browser check gets a
// context of its own, started fresh, rather than one cached from an earlier test class
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ConfirmOrphansInTasklistTests {

    @LocalServerPort
    int port;

    @MockitoBean
    InventoryCrawl crawl;

    @MockitoBean
    CorporateDirectory directory;

    @MockitoBean
    TerminationStarter terminations;

    @Autowired
    AccessReviewService service;

    @Autowired
    ManagementService management;

    @Test
    void aPlatformAdminConfirmsAnOrphanWithTheOverrideInTasklist() {
        // 1 orphan in 10 members: over the 5% brake
        List<InventoryMember> members = new ArrayList<>();
        List<DirectoryPerson> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = "m" + i + "@bw.example";
            members.add(new InventoryMember(email, "u" + i, "Member " + i, "Active", true, null, 1, null, false, null,
                    null, null, Instant.now(), null, false, true, List.of(), List.of()));
            people.add(new DirectoryPerson("m" + i, email, "Member " + i, i != 0));
        }
        when(crawl.crawlApps(any(), any())).thenReturn(true);
        when(crawl.build(any())).thenReturn(new Inventory(Instant.now(), members, List.of()));
        Mockito.doAnswer(call -> {
            Consumer<DirectoryPerson> each = call.getArgument(0);
            people.forEach(each);
            return null;
        }).when(directory).forEachPerson(any());
        when(terminations.terminate(anyString(), any(), any(), any(), any()))
            .thenReturn(new TerminationStarter.Termination("off-1", true));
        String reviewId = service.start("paula").id();
        runJobs();

        try (Browser browser = Browser.open()) {
            try {
                confirmAsPaula(browser);
            }
            catch (RuntimeException | AssertionError failed) {
                browser.screenshot("tasklist-confirm-orphans-failed");
                throw failed;
            }
        }

        runJobs();
        verify(terminations).terminate(eq("m0@bw.example"), eq("paula"), eq("access review " + reviewId), eq("paula"),
                any());
    }

    private void confirmAsPaula(Browser browser) {
        browser.openTasklistAs(port, "paula");
        browser.clickVisible(By.xpath("//*[contains(text(),'Confirm the orphans to offboard')]"));
        String warning = browser.visible(By.xpath("//*[contains(text(),'look like orphans')]")).getText();
        assertThat(warning).contains("1 of 10 members (10.0%)");

        browser.clickable(By.cssSelector("button.claim")).click();
        browser.waitUntilGone(By.cssSelector(".disabled-form"));
        browser.clickable(By.xpath("//label[contains(.,'m0@bw.example')]//input[@type='checkbox']")).click();
        browser.clickable(By.xpath("//label[contains(.,'Override the brake')]/preceding-sibling::input | "
                + "//div[contains(@class,'fjs-form-field')][.//label[contains(.,'Override the brake')]]"
                + "//input[@type='checkbox']")).click();
        browser.screenshot("tasklist-confirm-orphans");
        browser.clickable(By.xpath("//button[normalize-space()='Complete']")).click();
        browser.waitUntilGone(By.xpath("//*[contains(text(),'look like orphans')]"));
    }

    private void runJobs() {
        TestJobs.runDue(management);
    }

}
