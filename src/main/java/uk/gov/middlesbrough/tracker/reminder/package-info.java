/**
 * Email reminders: once a day (on one node only, by ShedLock), each user with an email address who wants reminders
 * gets one digest of what has fallen due in their work ({@link uk.gov.middlesbrough.tracker.work.UserWork}) that was
 * not in a digest to them in the last seven days, and nothing when nothing is new. Every digest is recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders", allowedDependencies = {"work", "locality", "security", "web"})
package uk.gov.middlesbrough.tracker.reminder;
