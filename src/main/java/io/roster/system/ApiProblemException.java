package io.roster.system;

import org.springframework.http.ProblemDetail;

/**
 * Thrown by a feature to answer an {@code /api} request with a specific problem (a conflict naming the existing case,
 * a refusal with its reason). The handler sends the problem as it is.
 */
public class ApiProblemException extends RuntimeException {

    private final transient ProblemDetail problem;

    public ApiProblemException(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public ProblemDetail getProblem() {
        return problem;
    }

}
