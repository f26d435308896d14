package uk.gov.middlesbrough.tracker.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text mail through Spring Boot's mail support when an SMTP server is set ({@code spring.mail.host}),
 * and otherwise (the demo) writes it to a file in {@code tracker.reminders.mail-folder} and logs where, so nothing
 * goes to the network.
 */
@Component
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final ReminderSettings settings;

	MailOutbox(ObjectProvider<JavaMailSender> sender, ReminderSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	void send(String to, String subject, String text) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail != null) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(settings.from());
			message.setTo(to);
			message.setSubject(subject);
			message.setText(text);
			mail.send(message);
			return;
		}
		try {
			Path folder = Path.of(settings.mailFolder());
			Files.createDirectories(folder);
			Path file = folder.resolve(Instant.now().toString().replace(':', '-') + "-" + to.replaceAll("[^A-Za-z0-9.@-]", "_") + ".txt");
			Files.writeString(file, "From: " + settings.from() + "\nTo: " + to + "\nSubject: " + subject + "\n\n" + text,
					StandardCharsets.UTF_8);
			log.info("No SMTP server is set (spring.mail.host): the mail to {} was written to {}", to, file.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the mail to " + to, ex);
		}
	}
}
