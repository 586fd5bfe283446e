package vn.chidoan.app.bench;

import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** A flight recording (JFR's "profile" settings) of what runs inside it, if {@code -Dbench.jfr=<file>} asks for one. */
record FlightRecording(Recording recording) implements AutoCloseable {
    static FlightRecording startIfAsked() throws Exception {
        String file = System.getProperty("bench.jfr");
        if (file == null || file.isBlank()) {
            return new FlightRecording(null);
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(file));
        recording.start();
        return new FlightRecording(recording);
    }

    @Override
    public void close() {
        if (recording != null) {
            recording.stop();
            recording.close();
        }
    }
}
