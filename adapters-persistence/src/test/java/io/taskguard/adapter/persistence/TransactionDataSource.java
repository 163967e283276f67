package io.taskguard.adapter.persistence;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Outside a container, the data source the JDBC reads of the repositories get: its connection is
 * the one of the entity manager's running transaction, as Liberty hands a transaction's shared
 * connection to each {@code getConnection()} within it. Closing it gives it back to the transaction
 * rather than ending it.
 */
final class TransactionDataSource {

  private TransactionDataSource() {}

  static DataSource of(EntityManager em) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return kept(em.unwrap(Connection.class));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static Connection kept(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
