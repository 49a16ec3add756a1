package io.roster.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A request that loses a race with one of the case's own jobs is told to send it again, not that Roster broke. */
class ConcurrentChangeProblemTests {

    @Test
    void aConflictWithARunningStepIsA409ToRetry() {
        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().handleConcurrentChange(
                new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[42]' failed."));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        ProblemDetail problem = answer.getBody();
        assertThat(problem.getType()).hasToString("urn:roster:problem:concurrent-change");
        assertThat(problem.getDetail()).contains("nothing was changed").doesNotContain("ExecutionEntity");
    }

}
