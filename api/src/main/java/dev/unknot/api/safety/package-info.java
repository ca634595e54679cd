/** The safety screen over HTTP. */
package dev.unknot.api.safety;
