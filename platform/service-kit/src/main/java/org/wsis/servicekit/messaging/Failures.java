package org.wsis.servicekit.messaging;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a failure that goes away by itself from one that never will. Transient: the database or the
 * broker unreachable or electing a primary, a timeout, a write that lost a race with another write.
 * Retrying those, however long it takes, ends in success, so a consumer blocks on them (in order)
 * rather than parking the record as dead. Everything else (an unreadable record, a record that fails
 * validation, a bug) will fail again the same way.
 */
public final class Failures {

    /** MongoDB's own labels for errors a retry of the same operation may overcome. */
    private static final String[] RETRYABLE_LABELS = {
        MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL, "RetryableWriteError", "ResumableChangeStreamError"
    };

    private Failures() {}

    /** Whether {@code failure}, or anything that caused it, is transient. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InboundEvents.MalformedEventException) {
                return false;
            }
            if (cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof OptimisticLockingFailureException
                    || cause instanceof PessimisticLockingFailureException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof org.apache.kafka.common.errors.RetriableException
                    || cause instanceof TimeoutException
                    || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof MongoException mongo) {
                for (String label : RETRYABLE_LABELS) {
                    if (mongo.hasErrorLabel(label)) {
                        return true;
                    }
                }
                // Not primary, node recovering, interrupted at shutdown of a member: an election.
                if (cause instanceof com.mongodb.MongoNotPrimaryException
                        || cause instanceof com.mongodb.MongoNodeIsRecoveringException) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
