package org.ruralwater.core.datafile;

import java.util.List;
import java.util.Optional;

/** A record for reader tests: free text, an optional value and a list. */
record Note(String id, Optional<String> note, List<String> tags) {}
