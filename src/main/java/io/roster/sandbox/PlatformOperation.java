package io.roster.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method as one operation of a platform API: the name the journal records (the operationId of the
 * published description where there is one), and what {@link PlatformGate} checks before the method runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface PlatformOperation {

    /** The operation's name, e.g. {@code delete-project}. */
    String value();

    /** Personal access token scopes, any one of which allows the operation (API-key APIs have none). */
    String[] scopes() default {};

    /** Only Mendix Admins of the company may call it. */
    boolean adminOnly() default false;

}
