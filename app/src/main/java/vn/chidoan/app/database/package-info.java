/**
 * Where the data lives: the MongoDB of {@code chidoan.mongodb.uri}, or else an embedded wire-protocol
 * server on a file in {@code chidoan.data-dir}, reached over TCP by the normal driver either way.
 */
package vn.chidoan.app.database;
