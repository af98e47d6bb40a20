package com.getpaid.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real SMTP server (GreenMail) that people read with any IMAP client: each recipient's mailbox
 * is created on first delivery, login and password both the email address.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    public MailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
    }

    public MailServer start() {
        greenMail.start();
        return this;
    }

    /**
     * Loads the mail kept by {@link #saveTo} back into the recipients' inboxes: GreenMail keeps mail
     * in memory only, and a restart of the platform must not lose what was sent.
     */
    public MailServer restoreFrom(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return this;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                    for (Address to : message.getAllRecipients()) {
                        String address = ((InternetAddress) to).getAddress();
                        greenMail.setUser(address, address, address).deliver(message);
                    }
                }
            }
        }
        return this;
    }

    /**
     * Stops taking mail, then keeps what it holds in {@code folder} and stops. In that order: a
     * message the SMTP server acknowledged just before the stop is in what is kept (GreenMail's own
     * stop forgets every message).
     */
    public void stopAndSaveTo(Path folder) throws Exception {
        if (greenMail.getSmtp() != null) {
            greenMail.getSmtp().stopService();
        }
        saveTo(folder);
        greenMail.stop();
    }

    /** Writes every message received (and restored) to {@code folder}, one .eml file each. */
    private void saveTo(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        MimeMessage[] messages = greenMail.getReceivedMessages();
        for (int i = 0; i < messages.length; i++) {
            try (OutputStream out = Files.newOutputStream(folder.resolve("%06d.eml".formatted(i)))) {
                messages[i].writeTo(out);
            }
        }
    }

    /** One received message: its Message-ID, recipients and subject. */
    public record Received(String messageId, String to, String subject) {
    }

    /** Every message the server holds (received, and restored from before a restart). */
    public java.util.List<Received> received() throws Exception {
        java.util.List<Received> all = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            all.add(new Received(m.getMessageID(), java.util.Arrays.toString(m.getAllRecipients()), m.getSubject()));
        }
        return all;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
