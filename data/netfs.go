package data

// Magic numbers of network file systems (statfs f_type on Linux).
var networkMagic = map[int64]string{
	0x6969:     "NFS",
	0x517B:     "SMB",
	0xFF534D42: "CIFS",
	0xFE534D42: "SMB2",
	0x65735546: "FUSE (for example sshfs)",
	0x5346414F: "AFS",
	0x00C36400: "Ceph",
	0x01021997: "9P",
	0x47504653: "GPFS",
	0x0BD00BD0: "Lustre",
}

func fsName(magic int64) string { return networkMagic[magic] }

// NetworkFileSystem names the network file system the database is on, or
// "" when it is on a local disk (or this system cannot tell).
func (s *Store) NetworkFileSystem() string { return networkFS(s.path) }
