/**
 * The Spring Boot application: wires every {@code vn.chidoan} bean, provides the {@link java.time.Clock},
 * the database and the operations endpoints. Holds no business rule.
 */
package vn.chidoan.app;
