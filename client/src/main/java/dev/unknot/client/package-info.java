/** The CLI's way to an Unknot server: {@link dev.unknot.client.RemoteTracker} over {@code java.net.http}. */
package dev.unknot.client;
