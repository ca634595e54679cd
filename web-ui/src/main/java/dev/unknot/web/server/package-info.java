/** The embedded Jetty server and the glue that lets Vaadin build views through Micronaut. */
package dev.unknot.web.server;
