/* A stand-in for bcryptprimitives.dll, used only by scripts/check-dist.sh to run
 * Newsdesk under Debian 12's Wine 8.0, which lacks that DLL: Go programs (1.22 and
 * later) call its ProcessPrng at start-up and stop without it. Every Windows that
 * Go supports (10 and later) has the real one; this is never shipped. It passes the
 * call to RtlGenRandom (advapi32 SystemFunction036). */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buf, ULONG len);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n)) return FALSE;
		data += n; len -= n;
	}
	return TRUE;
}
