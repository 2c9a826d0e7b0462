package fi.kuntakokeilu.platform.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The roles that may call a facade method at all: anyone else gets 403 (or 401 when not signed in).
 * Which customers a permitted caller may reach is decided inside, by scope.
 */
@Inherited
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Allow {
    @Nonbinding
    Role[] value();
}
