/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11.jna;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.vnsign.token.pkcs11.jna.CkStructures.CkAttribute;
import org.vnsign.token.pkcs11.jna.CkStructures.CkInfo;
import org.vnsign.token.pkcs11.jna.CkStructures.CkInitializeArgs;
import org.vnsign.token.pkcs11.jna.CkStructures.CkMechanism;
import org.vnsign.token.pkcs11.jna.CkStructures.CkTokenInfo;

/**
 * One loaded PKCS#11 library, called through the function list that {@code C_GetFunctionList}
 * returns (the only symbol the standard requires a module to export).
 *
 * <p>Thread-safety: the module is initialised with {@code CKF_OS_LOCKING_OK}, so calls may come
 * from any thread; callers still serialise operations on one session.
 */
public final class Cryptoki {
    private static final int BATCH = 32;

    private final NativeLibrary library;
    private final Function[] functions;
    /**
     * C_Initialize and C_Finalize run alone; every other call may run alongside others (the module
     * is initialised with OS locking). A module finalised while another thread is inside it
     * crashes the process (SoftHSM2 does), and the token watcher re-initialises modules while the
     * app may be listing tokens.
     */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();

    private Cryptoki(NativeLibrary library, Function[] functions) {
        this.library = library;
        this.functions = functions;
    }

    /**
     * Loads a library and reads its function list.
     *
     * @throws UnsatisfiedLinkError when the operating system's loader refuses the file (its message
     *     is the loader's reason)
     * @throws NotPkcs11LibraryException when the library loads but has no {@code C_GetFunctionList}
     */
    public static Cryptoki load(String path) throws NotPkcs11LibraryException {
        NativeLibrary library = NativeLibrary.getInstance(path);
        Function getFunctionList;
        try {
            getFunctionList = library.getFunction("C_GetFunctionList");
        } catch (UnsatisfiedLinkError e) {
            throw new NotPkcs11LibraryException(path);
        }
        PointerByReference listRef = new PointerByReference();
        long rv = unsigned(getFunctionList.invoke(NativeLong.class, new Object[] {listRef}));
        if (rv != ReturnValues.CKR_OK || listRef.getValue() == null) {
            throw new NotPkcs11LibraryException(path);
        }
        Pointer list = listRef.getValue();
        int firstFunctionOffset = Platform.isWindows() ? 2 : Native.POINTER_SIZE;
        Function[] functions = new Function[FunctionIndex.COUNT];
        for (int i = 0; i < FunctionIndex.COUNT; i++) {
            Pointer fn = list.getPointer(firstFunctionOffset + (long) i * Native.POINTER_SIZE);
            functions[i] = fn == null ? null : Function.getFunction(fn);
        }
        return new Cryptoki(library, functions);
    }

    /** The file the operating system loaded. */
    public String libraryFile() {
        return library.getFile() != null ? library.getFile().getPath() : library.getName();
    }

    public void initialize() throws Pkcs11CallException {
        long rv = call(FunctionIndex.C_INITIALIZE, new CkInitializeArgs(Ck.CKF_OS_LOCKING_OK));
        if (rv == ReturnValues.CKR_CANT_LOCK) {
            rv = call(FunctionIndex.C_INITIALIZE, (Object) null);
        }
        if (rv != ReturnValues.CKR_OK && rv != ReturnValues.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
            throw new Pkcs11CallException("C_Initialize", rv);
        }
    }

    public void finalizeLibrary() throws Pkcs11CallException {
        check("C_Finalize", call(FunctionIndex.C_FINALIZE, (Object) null));
    }

    public CkInfo getInfo() throws Pkcs11CallException {
        CkInfo info = new CkInfo();
        check("C_GetInfo", call(FunctionIndex.C_GET_INFO, info));
        info.read();
        return info;
    }

    public long[] getSlotList(boolean tokenPresent) throws Pkcs11CallException {
        byte present = (byte) (tokenPresent ? 1 : 0);
        NativeLongByReference count = new NativeLongByReference();
        check("C_GetSlotList", call(FunctionIndex.C_GET_SLOT_LIST, present, null, count));
        int n = count.getValue().intValue();
        if (n == 0) {
            return new long[0];
        }
        Memory slots = new Memory((long) n * NativeLong.SIZE);
        check("C_GetSlotList", call(FunctionIndex.C_GET_SLOT_LIST, present, slots, count));
        n = count.getValue().intValue();
        long[] result = new long[n];
        for (int i = 0; i < n; i++) {
            result[i] = unsigned(slots.getNativeLong((long) i * NativeLong.SIZE));
        }
        return result;
    }

    public CkTokenInfo getTokenInfo(long slot) throws Pkcs11CallException {
        CkTokenInfo info = new CkTokenInfo();
        check("C_GetTokenInfo", call(FunctionIndex.C_GET_TOKEN_INFO, new NativeLong(slot), info));
        info.read();
        return info;
    }

    public long openSession(long slot, long flags) throws Pkcs11CallException {
        NativeLongByReference session = new NativeLongByReference();
        check(
                "C_OpenSession",
                call(FunctionIndex.C_OPEN_SESSION, new NativeLong(slot), new NativeLong(flags), null, null, session));
        return unsigned(session.getValue());
    }

    public void closeSession(long session) throws Pkcs11CallException {
        check("C_CloseSession", call(FunctionIndex.C_CLOSE_SESSION, new NativeLong(session)));
    }

    /**
     * Logs in. The PIN is copied into native memory as UTF-8, and both the copy and the
     * intermediate buffer are zeroed before this method returns; the caller wipes its own array.
     * A {@code null} PIN means the token's protected authentication path (PIN pad).
     */
    public void login(long session, long userType, char[] pin) throws Pkcs11CallException {
        if (pin == null) {
            check(
                    "C_Login",
                    call(
                            FunctionIndex.C_LOGIN,
                            new NativeLong(session),
                            new NativeLong(userType),
                            null,
                            new NativeLong(0)));
            return;
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        Memory nativePin = new Memory(Math.max(1, bytes.length));
        try {
            nativePin.write(0, bytes, 0, bytes.length);
            Arrays.fill(bytes, (byte) 0);
            long rv = call(
                    FunctionIndex.C_LOGIN,
                    new NativeLong(session),
                    new NativeLong(userType),
                    nativePin,
                    new NativeLong(bytes.length));
            if (rv != ReturnValues.CKR_OK && rv != ReturnValues.CKR_USER_ALREADY_LOGGED_IN) {
                throw new Pkcs11CallException("C_Login", rv);
            }
        } finally {
            nativePin.clear();
            nativePin.close();
        }
    }

    public void logout(long session) throws Pkcs11CallException {
        long rv = call(FunctionIndex.C_LOGOUT, new NativeLong(session));
        if (rv != ReturnValues.CKR_OK && rv != ReturnValues.CKR_USER_NOT_LOGGED_IN) {
            throw new Pkcs11CallException("C_Logout", rv);
        }
    }

    /** Finds the objects of one class, optionally restricted to one {@code CKA_ID}. */
    public long[] findObjects(long session, long objectClass, byte[] id) throws Pkcs11CallException {
        List<Memory> values = new ArrayList<>();
        CkAttribute[] template = (CkAttribute[]) new CkAttribute().toArray(id == null ? 1 : 2);
        Memory classValue = new Memory(NativeLong.SIZE);
        classValue.setNativeLong(0, new NativeLong(objectClass));
        values.add(classValue);
        setAttribute(template[0], Ck.CKA_CLASS, classValue, NativeLong.SIZE);
        if (id != null) {
            Memory idValue = new Memory(Math.max(1, id.length));
            idValue.write(0, id, 0, id.length);
            values.add(idValue);
            setAttribute(template[1], Ck.CKA_ID, idValue, id.length);
        }
        for (CkAttribute attribute : template) {
            attribute.write();
        }
        check(
                "C_FindObjectsInit",
                call(
                        FunctionIndex.C_FIND_OBJECTS_INIT,
                        new NativeLong(session),
                        template[0],
                        new NativeLong(template.length)));
        List<Long> found = new ArrayList<>();
        try {
            Memory handles = new Memory((long) BATCH * NativeLong.SIZE);
            NativeLongByReference count = new NativeLongByReference();
            do {
                check(
                        "C_FindObjects",
                        call(
                                FunctionIndex.C_FIND_OBJECTS,
                                new NativeLong(session),
                                handles,
                                new NativeLong(BATCH),
                                count));
                for (int i = 0; i < count.getValue().intValue(); i++) {
                    found.add(unsigned(handles.getNativeLong((long) i * NativeLong.SIZE)));
                }
            } while (count.getValue().intValue() == BATCH);
        } finally {
            call(FunctionIndex.C_FIND_OBJECTS_FINAL, new NativeLong(session));
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    /** Reads one attribute's raw value, or {@code null} when the object does not have it. */
    public byte[] getAttribute(long session, long object, long type) throws Pkcs11CallException {
        CkAttribute attribute = new CkAttribute();
        setAttribute(attribute, type, null, 0);
        attribute.write();
        long rv = call(
                FunctionIndex.C_GET_ATTRIBUTE_VALUE,
                new NativeLong(session),
                new NativeLong(object),
                attribute,
                new NativeLong(1));
        attribute.read();
        if (rv == ReturnValues.CKR_ATTRIBUTE_TYPE_INVALID
                || rv == ReturnValues.CKR_ATTRIBUTE_SENSITIVE
                || unsigned(attribute.ulValueLen) == Ck.UNAVAILABLE_INFORMATION
                || unsigned(attribute.ulValueLen) == 0xFFFFFFFFL && NativeLong.SIZE == 4) {
            return null;
        }
        check("C_GetAttributeValue", rv);
        int length = attribute.ulValueLen.intValue();
        if (length == 0) {
            return new byte[0];
        }
        Memory value = new Memory(length);
        setAttribute(attribute, type, value, length);
        attribute.write();
        check(
                "C_GetAttributeValue",
                call(
                        FunctionIndex.C_GET_ATTRIBUTE_VALUE,
                        new NativeLong(session),
                        new NativeLong(object),
                        attribute,
                        new NativeLong(1)));
        attribute.read();
        return value.getByteArray(0, attribute.ulValueLen.intValue());
    }

    /** Reads a {@code CK_BBOOL} attribute; a missing attribute reads as {@code false}. */
    public boolean getBooleanAttribute(long session, long object, long type) throws Pkcs11CallException {
        byte[] value = getAttribute(session, object, type);
        return value != null && value.length > 0 && value[0] != 0;
    }

    /** Reads a {@code CK_ULONG} attribute, or {@code -1} when the object does not have it. */
    public long getLongAttribute(long session, long object, long type) throws Pkcs11CallException {
        byte[] value = getAttribute(session, object, type);
        if (value == null || value.length != NativeLong.SIZE) {
            return -1;
        }
        Memory memory = new Memory(value.length);
        memory.write(0, value, 0, value.length);
        return unsigned(memory.getNativeLong(0));
    }

    public void signInit(long session, CkMechanism mechanism, long key) throws Pkcs11CallException {
        mechanism.write();
        check("C_SignInit", call(FunctionIndex.C_SIGN_INIT, new NativeLong(session), mechanism, new NativeLong(key)));
    }

    /** Single-part signature, asking the module for the output length first as PKCS#11 prescribes. */
    public byte[] sign(long session, byte[] data) throws Pkcs11CallException {
        Memory input = new Memory(Math.max(1, data.length));
        input.write(0, data, 0, data.length);
        NativeLongByReference length = new NativeLongByReference();
        check(
                "C_Sign",
                call(FunctionIndex.C_SIGN, new NativeLong(session), input, new NativeLong(data.length), null, length));
        Memory output = new Memory(Math.max(1, length.getValue().longValue()));
        check(
                "C_Sign",
                call(
                        FunctionIndex.C_SIGN,
                        new NativeLong(session),
                        input,
                        new NativeLong(data.length),
                        output,
                        length));
        return output.getByteArray(0, length.getValue().intValue());
    }

    private static void setAttribute(CkAttribute attribute, long type, Pointer value, long length) {
        attribute.type = new NativeLong(type);
        attribute.pValue = value;
        attribute.ulValueLen = new NativeLong(length);
    }

    private long call(int index, Object... args) {
        Function function = functions[index];
        if (function == null) {
            return ReturnValues.CKR_FUNCTION_NOT_SUPPORTED;
        }
        boolean lifecycleCall = index == FunctionIndex.C_INITIALIZE || index == FunctionIndex.C_FINALIZE;
        Lock lock = lifecycleCall ? lifecycle.writeLock() : lifecycle.readLock();
        lock.lock();
        try {
            return unsigned((NativeLong) function.invoke(NativeLong.class, args));
        } finally {
            lock.unlock();
        }
    }

    private static void check(String function, long rv) throws Pkcs11CallException {
        if (rv != ReturnValues.CKR_OK) {
            throw new Pkcs11CallException(function, rv);
        }
    }

    private static long unsigned(Object value) {
        long raw = ((NativeLong) value).longValue();
        return NativeLong.SIZE == 4 ? raw & 0xFFFFFFFFL : raw;
    }

    /** Positions in {@code CK_FUNCTION_LIST} (PKCS#11 v2.40, section 5.14). */
    private static final class FunctionIndex {
        static final int C_INITIALIZE = 0;
        static final int C_FINALIZE = 1;
        static final int C_GET_INFO = 2;
        static final int C_GET_SLOT_LIST = 4;
        static final int C_GET_TOKEN_INFO = 6;
        static final int C_OPEN_SESSION = 12;
        static final int C_CLOSE_SESSION = 13;
        static final int C_LOGIN = 18;
        static final int C_LOGOUT = 19;
        static final int C_GET_ATTRIBUTE_VALUE = 24;
        static final int C_FIND_OBJECTS_INIT = 26;
        static final int C_FIND_OBJECTS = 27;
        static final int C_FIND_OBJECTS_FINAL = 28;
        static final int C_SIGN_INIT = 42;
        static final int C_SIGN = 43;
        static final int COUNT = 68;

        private FunctionIndex() {}
    }
}
