package gen.render;

/**
 * How many pages may be asked for and not yet rendered. The asking thread waits when {@code high}
 * are in flight, until the renderers have brought them down to {@code low}: a semaphore woke it
 * for every page that finished, which on a 2-core machine took a core from a renderer for each
 * page (some 30,000 context switches in a 10,000-article build). Between the two marks it makes
 * the next pages' data in one stretch.
 */
final class InFlightWindow {
  private final int high;
  private final int low;
  private int count;
  private boolean waiting;

  InFlightWindow(int high, int low) {
    if (low < 0 || low >= high) throw new IllegalArgumentException("low " + low + ", high " + high);
    this.high = high;
    this.low = low;
  }

  /** Takes a place for one page, waiting while {@code high} are taken. */
  synchronized void acquire() throws InterruptedException {
    while (count >= high) {
      waiting = true;
      wait();
    }
    count++;
  }

  /** Gives a page's place back; wakes the waiting threads once no more than {@code low} are taken. */
  synchronized void release() {
    count--;
    if (waiting && count <= low) {
      waiting = false;
      notifyAll();
    }
  }

  synchronized int inFlight() {
    return count;
  }
}
