package dev.unknot.web.session;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view anyone may open without signing in: it shows nobody's data (the library, the
 * plugins, the sign-in and sign-up pages). Every other view needs a signed-in person.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicView {}
