// Package vmtest assembles MIPS32 instruction words for the hand-written programs of the VM's tests, of the
// on-chain verifier's tests and of the step benchmarks (as Cannon's testutil does): one assembler instead of a
// copy per package.
package vmtest

// R encodes an R-type (SPECIAL, opcode 0) instruction.
func R(funct, rs, rt, rd, sa uint32) uint32 { return rs<<21 | rt<<16 | rd<<11 | sa<<6 | funct }

// I encodes an I-type instruction with a 16-bit immediate.
func I(op, rs, rt uint32, imm int32) uint32 { return op<<26 | rs<<21 | rt<<16 | uint32(imm)&0xFFFF }

// J encodes a J-type instruction to the byte address target (within the current 256 MiB segment).
func J(op, target uint32) uint32 { return op<<26 | (target>>2)&0x03FFFFFF }

// Special2 encodes a SPECIAL2 (opcode 28) instruction.
func Special2(funct, rs, rt, rd uint32) uint32 { return 28<<26 | R(funct, rs, rt, rd, 0) }

// LoadImm loads the 32-bit value v into register r: lui r, v>>16; ori r, r, v&0xFFFF.
func LoadImm(r, v uint32) []uint32 {
	return []uint32{15<<26 | r<<16 | v>>16, 13<<26 | r<<21 | r<<16 | v&0xFFFF}
}
