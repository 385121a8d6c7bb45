package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/util"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// verifySegments checks, before bleve opens the folder, the segment files
// that the index's latest snapshot names. bleve's segment reader trusts
// the offsets in a segment's footer and panics on a damaged one, and it
// reads damaged data in the body as if it were sound; every segment ends
// with a CRC-32 of everything before it, which bleve writes but does not
// check. A mismatch is ErrDamaged, naming the file.
//
// It reads the snapshot list from bleve's root bolt file with a shared
// lock, so it waits for a process that is writing the index (ErrLocked
// after lockTimeout) and never sees a segment being written. Files that
// no snapshot names (left by a build cut short) are not checked: bleve
// ignores them and removes them on its next write.
func verifySegments(dir string, lockTimeout time.Duration) (err error) {
	store := filepath.Join(dir, "store")
	root := filepath.Join(store, "root.bolt")
	if _, err := os.Stat(root); err != nil {
		// bleve reports a missing or unreadable root itself
		return nil
	}
	// bolt trusts its pages as bleve trusts its segments
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("index %s: %w: %s: %v", dir, ErrDamaged, root, r)
		}
	}()
	db, err := bolt.Open(root, 0o600, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return fmt.Errorf("index %s: %w", dir, ErrLocked)
		}
		return fmt.Errorf("index %s: %w: %s: %v", dir, ErrDamaged, root, err)
	}
	// the lock is held until the segments are checked, so that no writer
	// replaces them meanwhile
	defer db.Close()
	var paths []string
	err = db.View(func(tx *bolt.Tx) error {
		snapshots := tx.Bucket(util.BoltSnapshotsBucket)
		if snapshots == nil {
			return nil
		}
		k, _ := snapshots.Cursor().Last()
		if k == nil {
			return nil
		}
		snapshot := snapshots.Bucket(k)
		if snapshot == nil {
			return errors.New("its latest snapshot is missing")
		}
		return snapshot.ForEachBucket(func(k []byte) error {
			if k[0] == util.BoltInternalKey[0] || k[0] == util.BoltMetaDataKey[0] {
				return nil
			}
			p := snapshot.Bucket(k).Get(util.BoltPathKey)
			if len(p) == 0 {
				return errors.New("a segment of its latest snapshot has no file")
			}
			paths = append(paths, filepath.Join(store, filepath.Base(string(p))))
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("index %s: %w: %s: %v", dir, ErrDamaged, root, err)
	}
	return checkSegments(dir, paths)
}

// checkSegments checks the CRC-32 of each segment file, each in its own
// goroutine: scorch's merging keeps them few (13 at 89,346 articles).
func checkSegments(dir string, paths []string) error {
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Go(func() { errs[i] = checkSegment(p) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return fmt.Errorf("index %s: %w: %v", dir, ErrDamaged, err)
		}
	}
	return nil
}

// checkSegment compares a segment file's last four bytes, a big-endian
// CRC-32 (IEEE), with the CRC-32 of the bytes before them.
func checkSegment(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	size := info.Size()
	if size < 4 {
		return fmt.Errorf("%s: %d bytes, too short for a segment", path, size)
	}
	h := crc32.NewIEEE()
	if _, err := io.Copy(h, io.LimitReader(f, size-4)); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	var tail [4]byte
	if _, err := io.ReadFull(f, tail[:]); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if binary.BigEndian.Uint32(tail[:]) != h.Sum32() {
		return fmt.Errorf("%s: checksum mismatch", path)
	}
	return nil
}
