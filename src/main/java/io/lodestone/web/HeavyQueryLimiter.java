package io.lodestone.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Caps how many {@link HeavyQuery} requests run at once. A request over the cap waits up to
 * {@code lodestone.query.heavy-wait} for a slot (short queries free them quickly), then is refused
 * with {@link TooManyHeavyQueriesException}, answered 429 with Retry-After.
 */
@Component
public class HeavyQueryLimiter implements HandlerInterceptor {

    private static final String HOLDS_PERMIT = HeavyQueryLimiter.class.getName() + ".permit";

    private final Semaphore permits;
    private final int maxConcurrent;
    private final Duration wait;

    HeavyQueryLimiter(HeavyQueryProperties properties) {
        this.permits = new Semaphore(properties.maxConcurrentHeavy(), true);
        this.maxConcurrent = properties.maxConcurrentHeavy();
        this.wait = properties.heavyWait();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(HeavyQuery.class)) {
            acquire();
            request.setAttribute(HOLDS_PERMIT, Boolean.TRUE);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(HOLDS_PERMIT) != null) {
            request.removeAttribute(HOLDS_PERMIT);
            release();
        }
    }

    /** Takes a slot, waiting at most lodestone.query.heavy-wait. */
    void acquire() throws InterruptedException {
        if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TooManyHeavyQueriesException(maxConcurrent, Math.max(1, wait.toSeconds()));
        }
    }

    void release() {
        permits.release();
    }
}
