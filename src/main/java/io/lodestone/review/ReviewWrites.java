package io.lodestone.review;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Orders the review's writes: accepts run side by side (each holds its candidate's lock), a merge
 * runs alone, so no accept writes a fact naming an entity a merge is removing from the files.
 */
@Component
class ReviewWrites {

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);

    <T> T accept(Supplier<T> write) {
        lock.readLock().lock();
        try {
            return write.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T merge(Supplier<T> write) {
        lock.writeLock().lock();
        try {
            return write.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
