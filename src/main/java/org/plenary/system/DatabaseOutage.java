package org.plenary.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (unreachable, restarting, connections cut) from
 * a refusal or a bug, so that people are told plainly that what they did was not saved
 * and may be tried again, instead of "something went wrong".
 */
public final class DatabaseOutage {

	/** What a person reads when an action could not be saved. */
	public static final String NOT_SAVED = "This was not saved: the database could not be reached. "
			+ "Nothing was changed; try again in a moment.";

	private DatabaseOutage() {
	}

	/** Whether the database being away explains this failure. */
	public static boolean explains(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P01-57P03: PostgreSQL shutting
			// down or starting up.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
