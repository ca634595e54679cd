/**
 * The web server: Micronaut's Netty server as the front door (the API, and a reverse proxy for the
 * rest), the embedded Jetty behind it, and the glue that lets Vaadin build views through Micronaut.
 */
package dev.unknot.web.server;
