package fi.kuntakokeilu.platform.control;

import fi.kuntakokeilu.platform.problem.AccessDeniedException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link Allow}: the method's annotation wins over the class's. */
@Allow({})
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class AllowInterceptor {

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Allow allow = invocation.getMethod().getAnnotation(Allow.class);
        if (allow == null) {
            allow = invocation.getMethod().getDeclaringClass().getAnnotation(Allow.class);
        }
        if (allow == null) {
            allow = invocation.getTarget().getClass().getAnnotation(Allow.class);
        }
        Caller caller = currentUser.require();
        if (allow != null && !caller.hasRole(allow.value())) {
            throw new AccessDeniedException();
        }
        return invocation.proceed();
    }
}
