# Benchmark: a Richards-style operating-system simulation -- a priority scheduler running an idle task,
# a worker, two handlers and two devices that pass packets through linked queues. Exercises classes,
# subclassing, method calls, attribute reads/writes and small linked data structures.
ITERATIONS = 60
IDLE_COUNT = 10_000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.payload = [0, 0, 0, 0]

    def enqueue(self, head):
        """Append this packet to the queue starting at head; return the new head."""
        self.link = None
        if head is None:
            return self
        node = head
        while node.link is not None:
            node = node.link
        node.link = self
        return head


class Task:
    def __init__(self, scheduler, ident, priority, inbox):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.has_packet = inbox is not None
        self.waiting = inbox is not None
        self.held = False
        self.next = scheduler.register(self)

    def blocked(self):
        return self.held or (self.waiting and not self.has_packet)

    def step(self):
        packet = None
        if self.waiting and self.has_packet:
            packet = self.inbox
            self.inbox = packet.link
            self.has_packet = self.inbox is not None
            self.waiting = False
        return self.work(packet)

    def accept(self, packet, current):
        if self.inbox is None:
            self.inbox = packet
            self.has_packet = True
            if self.priority > current.priority:
                return self
        else:
            self.inbox = packet.enqueue(self.inbox)
        return current

    def work(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.control = 1
        self.count = count

    def work(self, packet):
        sched = self.scheduler
        self.count -= 1
        if self.count == 0:
            return sched.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, inbox):
        super().__init__(scheduler, ident, priority, inbox)
        self.destination = HANDLER_A
        self.letter = 0

    def work(self, packet):
        sched = self.scheduler
        if packet is None:
            return sched.wait()
        self.destination = HANDLER_A if self.destination == HANDLER_B else HANDLER_B
        packet.owner = self.destination
        packet.datum = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.payload[i] = self.letter
        return sched.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, inbox):
        super().__init__(scheduler, ident, priority, inbox)
        self.work_queue = None
        self.device_queue = None

    def work(self, packet):
        sched = self.scheduler
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_queue = packet.enqueue(self.work_queue)
            else:
                self.device_queue = packet.enqueue(self.device_queue)
        if self.work_queue is not None:
            job = self.work_queue
            index = job.datum
            if index >= 4:
                self.work_queue = job.link
                return sched.send(job)
            if self.device_queue is not None:
                device = self.device_queue
                self.device_queue = device.link
                device.datum = job.payload[index]
                job.datum = index + 1
                return sched.send(device)
        return sched.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None

    def work(self, packet):
        sched = self.scheduler
        if packet is None:
            if self.pending is None:
                return sched.wait()
            done = self.pending
            self.pending = None
            return sched.send(done)
        self.pending = packet
        sched.trace(packet.datum)
        return sched.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.sent = 0
        self.holds = 0
        self.trace_sum = 0

    def register(self, task):
        self.tasks[task.ident] = task
        previous = self.head
        self.head = task
        return previous

    def trace(self, datum):
        self.trace_sum = (self.trace_sum * 7 + datum) % 1_000_003

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.owner]
        self.sent += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.accept(packet, self.current)

    def run(self):
        task = self.head
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.step()


def simulate():
    sched = Scheduler()
    IdleTask(sched, IDLE, 0, IDLE_COUNT)
    queue = Packet(None, WORKER, WORK_PACKET)
    queue = Packet(queue, WORKER, WORK_PACKET)
    WorkerTask(sched, WORKER, 1000, queue)
    queue = Packet(None, DEVICE_A, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_A, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_A, DEVICE_PACKET)
    HandlerTask(sched, HANDLER_A, 2000, queue)
    queue = Packet(None, DEVICE_B, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_B, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_B, DEVICE_PACKET)
    HandlerTask(sched, HANDLER_B, 3000, queue)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.run()
    return sched.sent, sched.holds, sched.trace_sum


def main():
    checksum = 0
    for _ in range(ITERATIONS):
        sent, holds, trace_sum = simulate()
        checksum = (checksum * 31 + sent * 3 + holds + trace_sum) % 1_000_000_007
    print("packets sent:", sent, "holds:", holds, "trace:", trace_sum)
    print("checksum:", checksum)


main()
