package io.kiosque.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.Callable;

/**
 * Where a write's transaction runs: a new transaction of its own ({@link #OWN}), or a group commit that writes the
 * work of several requests in one transaction. Either way the result comes back only once its transaction committed.
 */
public interface TransactionRunner {

    /** A new transaction for this work alone. */
    TransactionRunner OWN = new TransactionRunner() {
        @Override
        public <T> T call(Callable<T> work) {
            return QuarkusTransaction.requiringNew().call(work);
        }
    };

    /** Runs the work in a transaction and returns its result after that transaction committed. */
    <T> T call(Callable<T> work);
}
