package notes.base;

import java.util.List;

/** A kind of problem a file reader reports: an enum constant naming the arguments its wording needs. */
public interface FileProblem {
    /** The names of the arguments, in the order a {@link FileFormatException} carries them. */
    List<String> parameters();
}
