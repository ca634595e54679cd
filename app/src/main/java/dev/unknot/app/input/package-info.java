/** The bounds every value a person or a client sends must keep, checked by every service that stores one. */
package dev.unknot.app.input;
