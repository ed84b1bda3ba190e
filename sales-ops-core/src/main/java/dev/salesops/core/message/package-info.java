/**
 * Structured messages: every refusal reason of the workflow engine and every validation problem is a {@link
 * dev.salesops.core.message.Message} — a stable code, the criterion or field it is about, its parameters — whose
 * text is rendered from message bundles (English, the default, and Simplified Chinese) only when it is read.
 * Hosts show {@code message.text(locale)}, match on {@code message.code()}, or render the code and parameters
 * with their own texts. Codes are listed in {@code docs/DOMAIN.md}'s appendix and in the bundles
 * ({@code dev/salesops/core/messages.properties}, {@code dev/salesops/scoring/messages.properties}).
 */
package dev.salesops.core.message;
