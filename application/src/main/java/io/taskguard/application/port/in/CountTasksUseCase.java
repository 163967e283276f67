package io.taskguard.application.port.in;

/**
 * Counts the caller's own tasks that match a list's filters (its sort, cursor and page size do not
 * matter): the total a client may ask for beside a page, at the price of one more query.
 */
public interface CountTasksUseCase {

  long count(ListTasksUseCase.Command command);
}
