/**
 * The store: Unknot's persistence and the application services both front ends call, one feature
 * per package, with the exceptions every service throws.
 */
package dev.unknot.store;
