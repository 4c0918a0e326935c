package dev.dibs.engine.inspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDBC connection that counts every statement executed through it (each is a round trip). */
final class CountingConnection {

    final AtomicInteger executed = new AtomicInteger();
    final Connection connection;

    CountingConnection(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                forward(target, true));
    }

    private InvocationHandler forward(Object target, boolean isConnection) {
        return (proxy, method, args) -> {
            if (!isConnection && method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (isConnection && result instanceof PreparedStatement ps) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, forward(ps, false));
            }
            if (isConnection && result instanceof Statement s) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class}, forward(s, false));
            }
            return result;
        };
    }
}
