package io.lodestone.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash (kill -9, power loss) leaves either the old file or the whole new
 * one, never a part: the bytes go to a temporary file beside the target, are forced to disk, the
 * temporary file is renamed over the target in one step, and the directory is forced so that the
 * rename itself is durable.
 */
public final class DurableFiles {

    /** Temporary files end with this; a start-up sweep may delete any left by a crash. */
    public static final String TEMP_SUFFIX = ".tmp";

    private DurableFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(directory);
    }

    /**
     * Appends one line and forces it to disk before returning (a log that must keep every
     * acknowledged write); the directory is forced too when the file is new.
     */
    public static void appendLine(Path file, byte[] line) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        boolean created = !Files.exists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        if (created) {
            syncDirectory(directory);
        }
    }

    /** Forces a directory's entries (created, renamed, deleted files) to disk; a no-op where the OS cannot. */
    public static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; there NTFS journals the rename itself.
            if (!System.getProperty("os.name").toLowerCase().startsWith("windows")) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }

    /** Deletes the temporary files a crash left in a directory (not in its subdirectories); returns how many. */
    public static int deleteLeftovers(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(file);
                deleted++;
            }
        }
        return deleted;
    }
}
